namespace Liaison.Core.Safety.Detection;

public enum SafetySignalKind
{
    AdverseEvent,
    ProductComplaint,
}

/// <summary>A sentence of free text that reads like an adverse event or a product complaint, and the words that did it.</summary>
public sealed record SafetySignal(SafetySignalKind Kind, string Trigger, string Sentence);
