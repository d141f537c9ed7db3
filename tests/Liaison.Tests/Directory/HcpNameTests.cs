using Liaison.Core.Directory;

namespace Liaison.Tests.Directory;

public sealed class HcpNameTests
{
    [Fact]
    public void A_named_hcp_is_prefix_first_and_last_name() =>
        Assert.Equal("Dr. Ana Ruiz", Hcp.NameOf(null, "Dr.", "Ana", "Ruiz", "1234567893"));

    [Fact]
    public void Missing_parts_leave_no_stray_spaces() =>
        Assert.Equal("Ruiz", Hcp.NameOf(null, null, "", "Ruiz", null));

    [Fact]
    public void An_erased_hcp_is_named_by_the_pseudonym_whatever_the_blanked_fields_hold() =>
        Assert.Equal("Erased person 0A1B2C3D", Hcp.NameOf("Erased person 0A1B2C3D", null, "", "Erased", null));

    [Fact]
    public void A_record_the_registry_names_nowhere_is_called_by_its_npi() =>
        Assert.Equal(Hcp.Unnamed("1234567893"), Hcp.NameOf(null, null, "", " ", "1234567893"));
}
