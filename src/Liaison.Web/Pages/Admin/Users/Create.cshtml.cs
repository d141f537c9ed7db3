using System.ComponentModel.DataAnnotations;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Admin.Users;

public sealed class CreateModel(AddUser.Handler addUser) : PageModel
{
    [BindProperty] public Form Input { get; set; } = new();
    public AddUser.Response? Created { get; private set; }

    public sealed class Form
    {
        [Required, EmailAddress, StringLength(256)] public string Email { get; set; } = "";
        [StringLength(200), Display(Name = "Display name")] public string? DisplayName { get; set; }
        [Required(ErrorMessage = "Choose at least one role."), MinLength(1, ErrorMessage = "Choose at least one role.")]
        public List<string> Roles { get; set; } = [];
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await addUser.Handle(new AddUser.Command(Input.Email, Input.Roles, Input.DisplayName), ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState, nameof(Input));
            return Page();
        }
        Created = result.Value;
        return Page();
    }
}
