using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

/// <summary>The text <see cref="PubmedReader"/> reads from a file of appended efetch results, however the file is read in pieces.</summary>
public sealed class AppendedPubmedSetsTests
{
    /// <summary>A file read back one character at a time: every joint falls across two reads.</summary>
    private sealed class OneCharacterAtATime(string text) : TextReader
    {
        private int _at;
        public override int Read(char[] buffer, int index, int count)
        {
            if (_at == text.Length || count == 0) return 0;
            buffer[index] = text[_at++];
            return 1;
        }
    }

    private static string Joined(TextReader file)
    {
        using var sets = new AppendedPubmedSets(file);
        return sets.ReadToEnd();
    }

    [Fact]
    public void The_joints_between_sets_read_as_blanks_with_every_line_break_kept_whatever_the_reads()
    {
        var file = PubmedReaderEfetchTests.Set("First.") + PubmedReaderEfetchTests.Set("Second.", pmid: "30000002")
            + "<?xml version=\"1.0\" ?>\r\n<PubmedArticleSet/>\r\n" + PubmedReaderEfetchTests.Set("Third.", pmid: "30000003");
        var joined = Joined(new OneCharacterAtATime(file));
        Assert.Equal(joined, Joined(new StringReader(file)));
        Assert.Equal(file.Length, joined.Length);
        Assert.Equal(file.Select((c, i) => (c, i)).Where(x => x.c is '\n' or '\r').Select(x => x.i),
            joined.Select((c, i) => (c, i)).Where(x => x.c is '\n' or '\r').Select(x => x.i));
        Assert.Equal((1, 1, 1, 3), (Count(joined, "<?xml"), Count(joined, "<PubmedArticleSet>"), Count(joined, "</PubmedArticleSet>"),
            Count(joined, "<PubmedArticle>")));
    }

    [Fact]
    public void A_set_end_followed_by_anything_but_another_result_is_passed_on_as_it_is()
    {
        var file = PubmedReaderEfetchTests.Set("First.") + new string(' ', 5000) + "<PubmedArticleSet>\n"
            + PubmedReaderEfetchTests.Set("Second.") + "<eSearchResult/>";
        var joined = Joined(new OneCharacterAtATime(file));
        Assert.Equal(joined, Joined(new StringReader(file)));
        // The first set's end meets 5,000 blanks, more than the look ahead; the second's meets an esearch result.
        Assert.Equal(file, joined);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
