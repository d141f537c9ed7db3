using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Engagement.Interactions;

namespace Liaison.Web.Pages.Engagement.Interactions;

/// <summary>The interaction form as typed: attendees by NPI, topics comma-separated; mapped by hand to <see cref="InteractionFields"/>.</summary>
public sealed class InteractionForm
{
    [Required] public InteractionKind? Kind { get; set; } = InteractionKind.ScientificExchange;
    [Required] public InteractionChannel? Channel { get; set; } = InteractionChannel.InPerson;
    [Required, Display(Name = "Date and time (UTC)")] public DateTime? OccurredAt { get; set; }
    [Range(1, 1440), Display(Name = "Duration (minutes)")] public int DurationMinutes { get; set; } = 30;
    [StringLength(200)] public string? Place { get; set; }
    [StringLength(11000), Display(Name = "Attending HCPs (NPIs)")] public string? Npis { get; set; }
    public List<Guid> AdvocateIds { get; set; } = [];
    public List<Guid> ProductIds { get; set; } = [];
    [StringLength(1000)] public string? Topics { get; set; }
    public List<Guid> MaterialIds { get; set; } = [];
    [StringLength(20000, ErrorMessage = InteractionFields.NotesTooLong)] public string? Notes { get; set; }
    public Guid? UnsolicitedRequestId { get; set; }
    public bool Shared { get; set; }
    public List<FollowUpRow> FollowUps { get; set; } = [];

    public sealed class FollowUpRow
    {
        [StringLength(500)] public string? Description { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    public InteractionFields ToFields(List<Guid> hcpIds) => new()
    {
        Kind = Kind, Channel = Channel, OccurredAt = OccurredAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        DurationMinutes = DurationMinutes, Place = Place, HcpIds = hcpIds, AdvocateIds = AdvocateIds, ProductIds = ProductIds,
        Topics = (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        MaterialIds = MaterialIds, Notes = Notes, UnsolicitedRequestId = UnsolicitedRequestId, Shared = Shared,
        FollowUps = FollowUps.Where(f => !string.IsNullOrWhiteSpace(f.Description))
            .Select(f => new FollowUpFields { Description = f.Description!, DueOn = f.DueOn }).ToList(),
    };

    public static InteractionForm From(InteractionView v) => new()
    {
        Kind = v.Kind, Channel = v.Channel, OccurredAt = v.OccurredAt, DurationMinutes = v.DurationMinutes, Place = v.Place,
        Npis = string.Join(", ", v.Attendees.Where(a => a.Npi is not null).Select(a => a.Npi)),
        AdvocateIds = v.Attendees.Where(a => a.AdvocateId is not null).Select(a => a.AdvocateId!.Value).ToList(),
        ProductIds = v.Products.Select(p => p.Id).ToList(), Topics = string.Join(", ", v.Topics),
        MaterialIds = v.Materials.Select(m => m.ContentItemId).ToList(), Notes = v.Notes, UnsolicitedRequestId = v.UnsolicitedRequestId,
        Shared = v.Shared,
        FollowUps = v.FollowUps.Where(f => f.CompletedAt is null).Select(f => new FollowUpRow { Description = f.Description, DueOn = f.DueOn }).ToList(),
    };

    /// <summary>Two empty follow-up rows to fill in, after the existing ones.</summary>
    public InteractionForm WithBlankFollowUps()
    {
        while (FollowUps.Count(f => string.IsNullOrWhiteSpace(f.Description)) < 2) FollowUps.Add(new FollowUpRow());
        return this;
    }
}

/// <summary>The form with what it offers to choose from.</summary>
public sealed record InteractionFormView(InteractionForm Form, InteractionChoices.Choices Choices, DateOnly Today, string Prefix = "Input");
