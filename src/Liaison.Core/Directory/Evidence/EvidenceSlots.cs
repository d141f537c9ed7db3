using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>A person of a source record at a stable slot: an author's position, a trial contact's order.</summary>
internal interface IEvidenceSlot
{
    Guid Id { get; }
    int Slot { get; }
    /// <summary>Who holds the slot, folded: a change means another person now sits there.</summary>
    string Holder { get; }
}

/// <summary>
/// Keeps a re-imported record's people in place by slot: a slot still held by the same person keeps its row (and so
/// its reviewed evidence links); a slot now held by someone else gets a new row, and the old row's id is collected so
/// its links can be dropped.
/// </summary>
internal static class EvidenceSlots
{
    public static T Claim<T>(ICollection<T> held, DbSet<T> set, int slot, string holder, Func<T> create, List<Guid> replaced)
        where T : class, IEvidenceSlot
    {
        var current = held.FirstOrDefault(x => x.Slot == slot);
        if (current is not null && current.Holder != holder)
        {
            replaced.Add(current.Id);
            held.Remove(current);
            set.Remove(current);
            current = null;
        }
        if (current is not null) return current;
        current = create();
        held.Add(current);
        // Explicitly Added: a new row with its key already set, reached only through a tracked parent's collection,
        // would otherwise be taken for an existing row and updated.
        set.Add(current);
        return current;
    }
}
