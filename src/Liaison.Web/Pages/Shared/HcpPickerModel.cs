namespace Liaison.Web.Pages.Shared;

/// <summary>
/// The "find an HCP by name" box beside a field that takes NPIs (<c>_HcpPicker</c>, <c>hcp-picker.js</c>): a pick adds
/// the HCP's NPI to the list in <paramref name="TargetId"/>, or with <paramref name="Single"/> replaces the field's NPI.
/// </summary>
public sealed record HcpPickerModel(string TargetId, bool Single = false);
