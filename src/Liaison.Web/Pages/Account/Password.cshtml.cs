using System.ComponentModel.DataAnnotations;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Account;

/// <summary>A signed-in user changes their own password (the policy of Identity applies).</summary>
[Authorize]
public sealed class PasswordModel(UserManager<LiaisonUser> users, SignInManager<LiaisonUser> signIn) : PageModel
{
    [BindProperty] public Form Input { get; set; } = new();

    public sealed class Form
    {
        [Required, DataType(DataType.Password), Display(Name = "Current password")]
        public string Current { get; set; } = "";
        [Required, DataType(DataType.Password), Display(Name = "New password"), StringLength(200, MinimumLength = 12)]
        public string New { get; set; } = "";
        [Required, DataType(DataType.Password), Display(Name = "New password again"), Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
        public string Confirm { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(string.Empty, e.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = "Your password was changed.";
        return RedirectToPage("/Index");
    }
}
