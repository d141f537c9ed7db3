using Liaison.Core.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Admin.Users;

public sealed class IndexModel(ListUsers.Handler users) : PageModel
{
    public IReadOnlyList<ListUsers.Item> Items { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Items = await users.Handle(ct);
}
