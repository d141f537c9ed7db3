namespace Liaison.Core.Engagement.Interactions;

public enum InteractionKind
{
    ScientificExchange,
    EducationalSession,
    Roundtable,
    AdvisoryBoard,
    CongressMeeting,
    VirtualMeeting,
}

public enum InteractionChannel
{
    InPerson,
    Video,
    Phone,
    Email,
    Congress,
}

public enum InteractionStatus
{
    Draft,
    /// <summary>Locked: changes only by amendment, with a reason.</summary>
    Signed,
}

public static class InteractionNames
{
    public static string Describe(this InteractionKind kind) => kind switch
    {
        InteractionKind.ScientificExchange => "One-to-one scientific exchange",
        InteractionKind.EducationalSession => "Educational session",
        InteractionKind.Roundtable => "Roundtable",
        InteractionKind.AdvisoryBoard => "Advisory board",
        InteractionKind.CongressMeeting => "Congress meeting",
        InteractionKind.VirtualMeeting => "Virtual meeting",
        _ => kind.ToString(),
    };

    public static string Describe(this InteractionChannel channel) => channel switch
    {
        InteractionChannel.InPerson => "In person",
        InteractionChannel.Video => "Video call",
        InteractionChannel.Phone => "Phone",
        InteractionChannel.Email => "Email",
        InteractionChannel.Congress => "At a congress",
        _ => channel.ToString(),
    };
}
