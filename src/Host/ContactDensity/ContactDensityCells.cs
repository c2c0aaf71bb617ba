using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Host.ContactDensity;

/// <summary>The stored form of a table: a JSON array of cells, e.g. <c>{"ageGroup":"U25","unemployed":true,"profile":"MP","rhythm":"Monthly"}</c>.</summary>
public static class ContactDensityCells
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static string Write(ContactDensityTable table) => JsonSerializer.Serialize(table.Cells, Options);

    public static ContactDensityTable Read(string json) =>
        ContactDensityTable.From(JsonSerializer.Deserialize<List<ContactDensityCell>>(json, Options)
            ?? throw new JsonException("The stored contact-density table is empty."));
}
