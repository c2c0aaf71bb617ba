using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>JSON text as the engine stores it (variables, journal data): umlauts and other letters stay readable, not <c>\u00E4</c>.</summary>
internal static class EngineJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(JsonNode node) => node.ToJsonString(Options);
}
