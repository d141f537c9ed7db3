using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Enum values in words for people ("EducationalSession" → "Educational session"): a [Display(Name)] wins,
/// otherwise the PascalCase name is split. Option values stay the enum names, so binding is unchanged.
/// </summary>
public static class EnumText
{
    public static string Of(Enum value)
    {
        var name = value.ToString();
        var display = value.GetType().GetField(name)?.GetCustomAttribute<DisplayAttribute>()?.GetName();
        return display ?? Words(name);
    }

    /// <summary>A PascalCase name ("AcademicCentre", as projected into a view as text) in words: "Academic centre".</summary>
    public static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1])) words.Append(' ').Append(char.ToLowerInvariant(c));
            else words.Append(c);
        }
        return words.ToString();
    }

    public static IEnumerable<SelectListItem> Options<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(Of(v), v.ToString()));
}
