namespace CaseFlow.Host.Tests.Security;

/// <summary>Workflow definitions: upload, validate, publish, versions, drafts, migrations, default workflows.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] Workflows =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("GET /api/workflows", "all definitions", _ => "/api/workflows",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        new("POST /api/workflows", "draft upload",
            "401  403  403  403  403  403  403  403  403  403  403  201  403  401  401", _ => Task.FromResult(MatrixRequest.WithXml("/api/workflows", MatrixWorkflows.Xml(MatrixWorkflows.UploadKey)))),
        new("POST /api/workflows/validate", "valid file",
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401", _ => Task.FromResult(MatrixRequest.WithXml("/api/workflows/validate", MatrixWorkflows.Xml(MatrixWorkflows.UploadKey)))),
        Fresh("POST /api/workflows/{key}/publish", "fresh draft", async w =>
        {
            await w.FreshDraftAsync();
            return MatrixRequest.To($"/api/workflows/{MatrixWorkflows.PublishKey}/publish");
        },
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("GET /api/workflows/{key}/versions/{version}", "authz-task v1", _ => $"/api/workflows/{MatrixWorkflows.TaskKey}/versions/1",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/workflows/{key}/draft", "authz-draft", _ => $"/api/workflows/{MatrixWorkflows.DraftKey}/draft",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("POST /api/workflows/{key}/migrations", "dry run v1 -> v2", _ => $"/api/workflows/{MatrixWorkflows.TaskKey}/migrations", _ => new
        {
            fromVersion = 1, toVersion = 2, dryRun = true,
        },
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("GET /api/case-kinds/{kind}/default-workflow", "bfm", _ => "/api/case-kinds/bfm/default-workflow",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("PUT /api/case-kinds/{kind}/default-workflow", "bfm, unchanged", _ => "/api/case-kinds/bfm/default-workflow", w => new { key = w.BfmDefaultWorkflow },
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
    ];
}
