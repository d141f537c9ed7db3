using Microsoft.Playwright;

namespace Liaison.BrowserTests.Pages;

public sealed class ProductsPage(IPage page)
{
    public async Task Open() => await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
        .GetByRole(AriaRole.Link, new() { Name = "Products", Exact = true }).ClickAsync();

    public ILocator NewProductButton => page.GetByRole(AriaRole.Link, new() { Name = "New product" });

    public async Task Create(string code, string name, string generic, string area, string indications)
    {
        await NewProductButton.ClickAsync();
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByLabel("Brand name").FillAsync(name);
        await page.GetByLabel("Generic name (INN)").FillAsync(generic);
        await page.GetByLabel("Therapeutic area").SelectOptionAsync(new SelectOptionValue { Label = area });
        await page.GetByLabel("Approved indications (the label)").FillAsync(indications);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
    }

    public ILocator Row(string name) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
}
