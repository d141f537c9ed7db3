using System.Text;
using Liaison.Core.Common;

namespace Liaison.Tests.Import;

public sealed class TextInputTests
{
    [Fact]
    public void An_empty_or_blank_file_is_named_empty()
    {
        Assert.Equal("the file is empty", TextInput.Problem(FileVariants.Write("a.csv", "")));
        Assert.Equal("the file is empty", TextInput.Problem(FileVariants.Write("a.csv", FileVariants.WithBom("\r\n\n"))));
    }

    [Fact]
    public void Compressed_files_are_looked_into_and_binary_files_named_for_what_they_are()
    {
        Assert.Null(TextInput.Problem(FileVariants.Write("a.csv.gz", FileVariants.Gzip("NPI\n1\n"))));
        Assert.Contains("gzip-compressed", TextInput.Problem(FileVariants.Gzip("NPI\n1\n")), StringComparison.Ordinal);
        Assert.Contains("ZIP archive is damaged", TextInput.Problem(FileVariants.Write("a.zip", "PK\x03\x04rest")), StringComparison.Ordinal);
        Assert.Contains("not text", TextInput.Problem(FileVariants.Write("a.bin", [0x41, 0, 0x42])), StringComparison.Ordinal);
        Assert.Null(TextInput.Problem(FileVariants.Write("a.csv", "NPI\n1\n")));
    }

    [Fact]
    public void Latin1_bytes_in_utf8_text_decode_as_the_characters_they_were()
    {
        var bytes = FileVariants.WithLatin1("Zoë Müller – 王", "ë");
        Assert.Equal("Zoë Müller – 王", TextInput.Decode(bytes));
        Assert.Equal("€ and ’", TextInput.Decode([0x80, .. " and "u8, 0x92]));
        using var reader = TextInput.Reader(new MemoryStream(FileVariants.WithBom("Zoë")));
        Assert.Equal("Zoë", reader.ReadToEnd());
        Assert.Equal("Zoë", Encoding.UTF8.GetString(TextInput.Utf8Bytes([.. "Zo"u8, 0xEB])));
    }
}
