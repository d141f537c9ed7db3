using System.ComponentModel.DataAnnotations;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Account;

public sealed class LoginModel(SignInManager<LiaisonUser> signIn) : PageModel
{
    [BindProperty] public Credentials Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class Credentials
    {
        [Required, EmailAddress, Display(Name = "Email")] public string Email { get; set; } = "";
        [Required, DataType(DataType.Password), Display(Name = "Password")] public string Password { get; set; } = "";
        [Display(Name = "Keep me signed in on this device")] public bool Remember { get; set; }
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.Remember, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "This account is locked after too many failed attempts, or by an administrator. Try again in 15 minutes or ask an administrator."
            : "The email or password is not right.");
        return Page();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
