namespace Liaison.Core.Common;

/// <summary>
/// A record edited through the API with optimistic concurrency: <see cref="Version"/> is the ETag and the
/// concurrency token, raised by one on every save.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
