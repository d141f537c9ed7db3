using Liaison.Core.Common;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Liaison.Web.Pages;

/// <summary>
/// What a post did, told across its redirect by the layout: a success as a status line, a refusal as an alert in the
/// error colours (a refusal shown as a green "done" banner reads as done).
/// </summary>
public static class PageOutcome
{
    public const string Done = "Flash";
    public const string Refused = "FlashError";

    public static void Tell<T>(this ITempDataDictionary tempData, Result<T> result, Func<T, string> success)
    {
        if (result.IsSuccess) tempData[Done] = success(result.Value!);
        else tempData[Refused] = result.Error!.Message;
    }
}
