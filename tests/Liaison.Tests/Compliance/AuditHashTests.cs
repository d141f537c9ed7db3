using Liaison.Core.Compliance.Audit;

namespace Liaison.Tests.Compliance;

public class AuditHashTests
{
    private static AuditEntry Entry() => new()
    {
        Id = Guid.Parse("01a213a9-9cb6-714e-89f5-8d2a925e49fc"), Sequence = 7,
        At = new DateTime(2026, 11, 25, 17, 3, 1, DateTimeKind.Utc).AddTicks(1234567), Actor = "a@b.c", ActorId = "u1",
        Entity = "Product", EntityKey = "k", Action = "Update", OldValues = "{\"Name\":\"A\"}", NewValues = "{\"Name\":\"B\"}",
        PreviousHash = AuditHash.Genesis,
    };

    [Fact]
    public void Hash_is_stable_for_the_same_content() => Assert.Equal(AuditHash.Compute(Entry()), AuditHash.Compute(Entry()));

    [Fact]
    public void Every_field_changes_the_hash()
    {
        var baseline = AuditHash.Compute(Entry());
        var variants = new Action<AuditEntry>[]
        {
            e => e.Sequence++, e => e.Id = Guid.NewGuid(), e => e.At = e.At.AddMicroseconds(1), e => e.ActorId = "u2",
            e => e.Actor += "x", e => e.Entity += "x", e => e.EntityKey += "x", e => e.Action += "x", e => e.Reason = "why",
            e => e.OldValues += " ", e => e.NewValues = null, e => e.PreviousHash = new string('1', 64),
        };
        foreach (var change in variants)
        {
            var e = Entry();
            change(e);
            Assert.NotEqual(baseline, AuditHash.Compute(e));
        }
    }

    [Fact]
    public void Values_cannot_be_shifted_between_fields()
    {
        // "ab" + "c" and "a" + "bc" must not hash alike: the fields are serialised, not concatenated.
        var a = Entry();
        a.Entity = "ab"; a.EntityKey = "c";
        var b = Entry();
        b.Entity = "a"; b.EntityKey = "bc";
        Assert.NotEqual(AuditHash.Compute(a), AuditHash.Compute(b));
    }

    [Fact]
    public void Time_is_kept_to_the_microsecond_both_engines_store()
    {
        var t = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(t.AddTicks(-7), AuditHash.Truncate(t));
    }
}
