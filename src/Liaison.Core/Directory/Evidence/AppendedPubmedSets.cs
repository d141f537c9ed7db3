using System.Text.RegularExpressions;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// The text of an efetch file as one <c>PubmedArticleSet</c> when several efetch results were saved into it one after
/// another (a batched download appending each call's answer, <c>efetch … &gt;&gt; file.xml</c>): where a set ends and the
/// next result begins (its XML declaration, DOCTYPE and <c>&lt;PubmedArticleSet&gt;</c>), the joint reads as blanks, so the
/// articles of every set are read as one set's. Line breaks are kept, so lines and columns stay where they are in the
/// file. Anything else after a set's end is passed on as it is, for <see cref="PubmedReader"/> to report.
/// </summary>
internal sealed partial class AppendedPubmedSets(TextReader inner) : TextReader
{
    private const string SetEnd = "</PubmedArticleSet";
    // Enough to see the next result's declaration, DOCTYPE and start tag (a few hundred characters) past a set's end.
    private const int Lookahead = 4096;

    private char[] _buffer = new char[16 * 1024];
    private int _length, _given, _decided;
    private bool _innerDone;

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_given == _decided && !Decide())) return 0;
        var n = Math.Min(buffer.Length, _decided - _given);
        _buffer.AsSpan(_given, n).CopyTo(buffer);
        _given += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read() => _given < _decided || Decide() ? _buffer[_given++] : -1;

    public override int Peek() => _given < _decided || Decide() ? _buffer[_given] : -1;

    /// <summary>Decides the next characters to give (joints blanked); false at the end of the text.</summary>
    private bool Decide()
    {
        while (true)
        {
            Compact();
            var found = _buffer.AsSpan(_decided, _length - _decided).IndexOf(SetEnd, StringComparison.Ordinal);
            if (found < 0)
            {
                // All but a tail that may be the start of a set's end.
                var held = _innerDone ? 0 : Math.Min(_length - _decided, SetEnd.Length - 1);
                if (_length - held > _decided)
                {
                    _decided = _length - held;
                    return true;
                }
                if (_innerDone) return false;
                Fill();
                continue;
            }
            if (found > 0)
            {
                // The text before the set's end first, so the buffer holds little more than the look ahead.
                _decided += found;
                return true;
            }
            if (!_innerDone && _length - _decided < SetEnd.Length + Lookahead)
            {
                Fill();
                continue;
            }
            // Within the look ahead only, however much the buffer holds: the same file reads the same whatever the reads.
            var joint = Joint().Match(new string(_buffer, _decided, Math.Min(_length - _decided, SetEnd.Length + Lookahead)));
            if (!joint.Success)
            {
                _decided += SetEnd.Length;
                return true;
            }
            if (joint.Groups["empty"].Success)
            {
                // An empty result (<PubmedArticleSet/>) between two: it goes, and the set before it may still meet the next.
                var gap = joint.Groups["gap"].Index;
                Blank(_decided + gap, joint.Length - gap);
                continue;
            }
            Blank(_decided, joint.Length);
            _decided += joint.Length;
            return true;
        }
    }

    private void Compact()
    {
        if (_given == 0) return;
        Array.Copy(_buffer, _given, _buffer, 0, _length - _given);
        (_length, _decided, _given) = (_length - _given, _decided - _given, 0);
    }

    private void Fill()
    {
        if (_length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var n = inner.Read(_buffer, _length, _buffer.Length - _length);
        if (n == 0) _innerDone = true;
        _length += n;
    }

    private void Blank(int start, int count)
    {
        foreach (ref var c in _buffer.AsSpan(start, count))
            if (c is not ('\n' or '\r')) c = ' ';
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    // A set's end, then the next efetch result's prolog (the XML declaration, the DOCTYPE, comments, and the byte order mark
    // of a file appended whole) and its start tag: a set's end meeting anything else is no joint. One blank a step, so a
    // long run of them before something else fails in one pass instead of backtracking over every way to group it.
    [GeneratedRegex(@"\A</PubmedArticleSet\s*>(?<gap>(?:[\s\uFEFF]|<\?xml\b[^>]*\?>|<!DOCTYPE\b[^>]*>|<!--.*?-->)*)<PubmedArticleSet\b[^>]*?(?<empty>/)?>",
        RegexOptions.Singleline)]
    private static partial Regex Joint();
}
