namespace Liaison.Core.Data;

/// <summary>The configuration does not name a workspace database that can be used: an unknown provider, or none's connection string.</summary>
public sealed class WorkspaceConfigurationException(string message) : InvalidOperationException(message);
