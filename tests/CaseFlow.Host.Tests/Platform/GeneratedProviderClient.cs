using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// What a provider's developer does with the provider document alone: NSwag generates a C# client (one class, a method
/// per operationId, System.Text.Json), Roslyn compiles it in memory, and the test drives it through <c>dynamic</c>.
/// A renamed operationId or a schema the generator cannot follow fails here, as it would for the provider.
/// </summary>
internal sealed class GeneratedProviderClient
{
    public const string Namespace = "CaseFlow.ProviderClient";

    public const string ClassName = "CaseFlowProviderClient";

    private readonly Assembly assembly;

    private GeneratedProviderClient(string source, Assembly assembly)
    {
        Source = source;
        this.assembly = assembly;
    }

    /// <summary>The generated C# source, for the failure messages.</summary>
    public string Source { get; }

    public static async Task<GeneratedProviderClient> GenerateAsync(string documentJson)
    {
        var document = await OpenApiDocument.FromJsonAsync(documentJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = ClassName,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            CSharpGeneratorSettings = { Namespace = Namespace, JsonLibrary = CSharpJsonLibrary.SystemTextJson },
        };
        var source = new CSharpClientGenerator(document, settings).GenerateFile();
        return new GeneratedProviderClient(source, Compile(source));
    }

    /// <summary>An instance of the generated client class on the given HttpClient (base address and X-Api-Key set).</summary>
    public dynamic Client(HttpClient http) => Activator.CreateInstance(TypeOf(ClassName), http)!;

    /// <summary>A new object of a generated model class (a request body), to fill in through <c>dynamic</c>.</summary>
    public dynamic New(string modelName) => Activator.CreateInstance(TypeOf(modelName))!;

    /// <summary>Whether an exception is the generated <c>ApiException&lt;ProblemDetails&gt;</c>, i.e. a documented refusal.</summary>
    public bool IsProblem(Exception exception) =>
        exception.GetType() is { IsGenericType: true } type
        && type.GetGenericTypeDefinition() == TypeOf("ApiException`1")
        && type.GetGenericArguments()[0] == TypeOf("ProblemDetails");

    public Type TypeOf(string name) =>
        assembly.GetType($"{Namespace}.{name}") ?? throw new InvalidOperationException($"The generated client has no type {name}.\n{Source}");

    private static Assembly Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "CaseFlow.ProviderClient.Generated",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                $"The generated client does not compile:\n{string.Join("\n", errors.Take(20))}\n\n{source}");
        }

        image.Position = 0;
        // Not collectible: the dynamic binder cannot bind to types of a collectible assembly.
        return new AssemblyLoadContext("generated provider client").LoadFromStream(image);
    }
}
