using Liaison.Core.Directory.Import;

namespace Liaison.Tests.Import;

/// <summary>A FHIR name given only as text, read into family, given, middle, prefix and suffix.</summary>
public sealed class FhirNameTextTests
{
    [Theory]
    [InlineData("Dr. Jane Q. Smith, MD", "Smith", "Jane", "Q.", "Dr.", null)]
    [InlineData("SMITH, JANE Q", "SMITH", "JANE", "Q", null, null)]
    [InlineData("SMITH, JANE", "SMITH", "JANE", null, null, null)]
    [InlineData("Smith, Jane, MD, PhD", "Smith", "Jane", null, null, null)]
    [InlineData("Jane Smith, Jr., MD", "Smith", "Jane", null, null, "Jr.")]
    [InlineData("  John  Ronald   Tolkien III ", "Tolkien", "John", "Ronald", null, "III")]
    [InlineData("Prof Ada Lovelace, FRS", "Lovelace", "Ada", null, "Prof", null)]
    [InlineData("María José García-López", "García-López", "María", "José", null, null)]
    [InlineData("JANE SMITH MD", "SMITH", "JANE", null, null, null)]
    [InlineData("Jane A. Smith M.D. FACP", "Smith", "Jane", "A.", null, null)]
    [InlineData("Jane Do", "Do", "Jane", null, null, null)]
    public void A_full_name_is_read_into_its_parts(string text, string family, string given, string? middle, string? prefix, string? suffix) =>
        Assert.Equal(new FhirNameText.Parts(family, given, middle, prefix, suffix), FhirNameText.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Cher")]
    [InlineData("Dr. Smith")]
    [InlineData("Room 12")]
    public void Text_that_does_not_name_a_person_by_two_names_is_not_read(string? text) => Assert.Null(FhirNameText.Parse(text));
}
