using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Products;

[Collection(LiveAppCollection.Name)]
public sealed class ProductsFlowTests(LiveApp app)
{
    [Fact]
    public async Task An_msl_reads_products_but_cannot_create_them()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        Assert.Contains("Welcome", await page.Locator("h1").InnerTextAsync());

        var products = new ProductsPage(page);
        await products.Open();
        await Assertions.Expect(products.Row("Veltrisa")).ToBeVisibleAsync();
        Assert.Equal(0, await products.NewProductButton.CountAsync());

        await page.GotoAsync("/Products/Edit");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You may not open this page");
        await Screenshots.Take(page, "msl-products-denied");
    }

    [Fact]
    public async Task An_admin_creates_a_product_and_a_bad_form_says_what_is_wrong()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Admin);
        await new LoginPage(page).SignIn(email, password);

        var products = new ProductsPage(page);
        await products.Open();
        await products.Create("", "Zephyra", "zephyrumab", "Oncology", "Adults with relapsed lymphoma.");
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Code");

        await page.GetByLabel("Code").FillAsync("ONC-777");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Saved Zephyra");
        await Assertions.Expect(products.Row("Zephyra")).ToContainTextAsync("ONC-777");
        await Screenshots.Take(page, "admin-product-created");
    }

    [Fact]
    public async Task Every_form_control_on_the_product_form_has_a_label()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Admin);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync("/Products/Edit");
        var unlabelled = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
                  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).length
            """);
        Assert.Equal(0, unlabelled);
    }
}
