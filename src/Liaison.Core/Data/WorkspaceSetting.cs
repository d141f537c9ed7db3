using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Data;

/// <summary>A workspace-wide setting (whether it is a demo workspace, KOL tier thresholds, ...).</summary>
public sealed class WorkspaceSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";

    public const string IsDemo = "workspace.is-demo";
}

internal sealed class WorkspaceSettingConfiguration : IEntityTypeConfiguration<WorkspaceSetting>
{
    public void Configure(EntityTypeBuilder<WorkspaceSetting> b)
    {
        b.ToTable("workspace_settings");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(128);
    }
}
