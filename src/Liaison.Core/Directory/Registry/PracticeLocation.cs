namespace Liaison.Core.Directory.Registry;

/// <summary>One secondary practice location of an NPI, as a row of the practice location file gives it.</summary>
public sealed record PracticeLocation(long Line, string Npi, AddressRecord Address);
