using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Liaison.Web.Hosting;

/// <summary>
/// Lists in request bodies as the use cases expect them (explicit JSON nulls were a 500 in eight endpoints):
/// <list type="bullet">
/// <item>a null element (<c>"followUps": [null]</c>, <c>"topics": [null]</c>) is a 400 naming its place;</item>
/// <item><c>"productIds": null</c> for a list the request declares non-nullable reads as an empty list, what leaving the
/// field out gives; a list declared nullable (<c>List&lt;int&gt;? Answers</c>) keeps its null, which means something.</item>
/// </list>
/// Writing is unchanged.
/// </summary>
internal sealed class NullSafeLists : JsonConverterFactory
{
    public override bool CanConvert(Type type) => IsList(type);

    public override JsonConverter CreateConverter(Type type, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<,>).MakeGenericType(type, type.GetGenericArguments()[0]))!;

    /// <summary>Sets a null given for a non-nullable list property as an empty list.</summary>
    public static void EmptyForNull(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
        {
            if (!IsList(property.PropertyType) || property.IsSetNullable || property.Set is not { } set) continue;
            var empty = property.PropertyType.GetGenericArguments()[0];
            property.Set = (target, value) => set(target, value ?? Activator.CreateInstance(typeof(List<>).MakeGenericType(empty)));
        }
    }

    /// <summary>
    /// A failure inside a list's item. The item is read by a call of its own, whose path starts again at <c>$</c>; the
    /// serializer gives this one the list's path, and <see cref="Within"/> the rest (<c>[1].description</c>).
    /// </summary>
    internal sealed class ItemFailure(int index, JsonException failure) : JsonException(failure.Message, failure)
    {
        public string Within { get; } = $"[{index}]{failure.Path?[1..]}";

        public JsonException Failure => failure;
    }

    public static bool IsList(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(List<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));

    private sealed class Converter<TList, T> : JsonConverter<TList> where TList : class, IEnumerable<T>
    {
        public override TList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A list is expected here.");
            var list = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null && default(T) is null)
                    throw new JsonException($"Item {list.Count} of the list is null: give a value or leave the item out.");
                try { list.Add(JsonSerializer.Deserialize<T>(ref reader, options)!); }
                catch (JsonException e) { throw new ItemFailure(list.Count, e); }
            }
            return (TList)(object)list;
        }

        public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
    }
}
