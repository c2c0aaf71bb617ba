using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Host.Workflows;

/// <summary>Registers the workflow definitions: reader options from the lifecycles, the model cache, storage and the shipped files.</summary>
public static class WorkflowDefinitionsSetup
{
    public static IServiceCollection AddCaseFlowWorkflowDefinitions(this IServiceCollection services)
    {
        services.AddSingleton(provider => ReaderOptions(provider.GetRequiredService<CaseLifecycles>()));
        services.AddSingleton<WorkflowModelCache>();
        services.AddScoped<WorkflowDefinitions>();
        services.AddScoped<WorkflowPublishing>();
        services.AddScoped<ShippedWorkflowPublisher>();
        services.AddScoped<DefaultWorkflows>();
        services.ConfigureSwaggerGen(options => options.OperationFilter<XmlBodyDocumentation>());
        return services;
    }

    /// <summary>The case kinds CaseFlow runs, each with its lifecycle's actions (for <c>cf:caseKind</c> and <c>cf:trigger</c>).</summary>
    public static BpmnReaderOptions ReaderOptions(CaseLifecycles lifecycles) => new()
    {
        CaseKindActions = lifecycles.Kinds.ToDictionary(
            kind => kind,
            kind => (IReadOnlyCollection<string>)[.. lifecycles.Find(kind)!.Actions],
            StringComparer.Ordinal),
    };
}
