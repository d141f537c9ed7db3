namespace Liaison.Web.Pages.Shared;

public sealed record PagerModel(int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
