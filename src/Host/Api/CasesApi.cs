using System.Text.Json;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Api;

/// <summary>Cases and their lifecycles: open, read, act, history, diagram.</summary>
public static class CasesApi
{
    public sealed record CreateCaseRequest(Guid CustomerId, [TextLimit(TextLimits.Code)] string Kind);

    /// <summary>The body of an action: a reason, a note, the action's data, and optionally the version the caller saw.</summary>
    public sealed record ActionRequest(
        [TextLimit(TextLimits.Reason)] string? Reason = null, [TextLimit(TextLimits.Note)] string? Note = null, JsonElement? Data = null, int? Version = null);

    /// <summary>A journaled action: the api.md fields, the German labels of action and states, and its input in words.</summary>
    public sealed record HistoryEntry(
        DateTime At,
        string Actor,
        string Action,
        string? From,
        string? To,
        string? Reason,
        string? Note,
        string ActionLabel,
        string? FromLabel,
        string? ToLabel,
        IReadOnlyList<FieldValue> Details);

    private const string NoHistory =
        "Sie sind nicht mehr Mitbetreuer/in dieses Falls: Sie sehen nur noch, dass es ihn gibt, und seinen Zustand, nicht seinen Verlauf (need to know).";

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases").WithTags("Cases (Fälle)").RequireAuthorization();
        group.MapCaseListApi();
        group.MapPost("/", Create).WithName("CreateCase").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Opens a case of a kind (bfm, outreach, referral) for a customer, in its initial state, and starts the kind's default workflow with it (startedInstance); 409 when the kind's rules refuse it (e.g. outreach for 25+).");
        group.MapGet("/{id:guid}", Get).WithName("GetCase")
            .WithSummary("A case with the actions the caller may take now and why others are not allowed, cut to the caller's need to know (dataClasses): the file (bfm, referral, outreach, file) only for who reads it, else the summary (keyDates), for the former pAp of an outreach case with the released outreachSummary. Reads of a file are recorded in the read audit.");
        group.MapPost("/{id:guid}/actions/{action}", Act).WithName("TakeCaseAction").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Takes a lifecycle action (e.g. refer, accept, hand-over, take-over, provider-confirm). 409 with unmetGuards when the rules refuse it.");
        group.MapGet("/{id:guid}/history", History).WithName("GetCaseHistory")
            .WithSummary("The journal of the case: who did what, when, from which state to which, and why. Reasons, notes and input only for who reads the case's file (FM file, outreach file); a summary reader gets who, when and the states; a former secondary caseworker 403.");
        group.MapOutreachSummaryApi();
        group.MapGet("/{id:guid}/diagram", Diagram).WithName("GetCaseDiagram")
            .WithSummary("The lifecycle as Mermaid text, the current state marked.");
        return endpoints;
    }

    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> Create(
        CreateCaseRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, CaseLifecycles lifecycles,
        DefaultWorkflows defaults, InstanceRunner runner, JobcenterCalendar calendar, CancellationToken cancellationToken)
    {
        if (lifecycles.Find(request.Kind) is not { } lifecycle)
        {
            return Problems.Invalid("kind", $"Unbekannte Fallart '{request.Kind}'. Verfügbar: {string.Join(", ", lifecycles.Kinds)}.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(lifecycle.CreatorRole))
        {
            return Problems.Forbidden($"Fälle der Art '{lifecycle.Kind}' legt {Roles.GermanName(lifecycle.CreatorRole)} an.");
        }

        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == request.CustomerId, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {request.CustomerId} nicht gefunden.");
        }

        var cases = await db.Cases.Where(c => c.CustomerId == customer.Id).ToListAsync(cancellationToken);
        if (!CaseAccessPolicy.CanOpenCase(customer, cases, actor))
        {
            return Problems.Forbidden("Sie betreuen diese Kundin/diesen Kunden nicht (need to know).");
        }

        var now = calendar.Now;
        if (lifecycle.OpenRefusal(customer, calendar.DateOf(now)) is { } refusal)
        {
            return Problems.Conflict(refusal, new Dictionary<string, object?> { ["kind"] = lifecycle.Kind });
        }

        // bFM and outreach: one open case per customer. Referrals: several, one running per provider (the refer guard).
        if (lifecycle.OneOpenPerCustomer && cases.FirstOrDefault(c => c.Kind == lifecycle.Kind && lifecycle.IsOpen(c)) is { } open)
        {
            return Problems.Conflict(
                $"Für diese Kundin/diesen Kunden läuft bereits ein Fall der Art '{lifecycle.Kind}' ({open.Id}, Zustand {open.State}).",
                new Dictionary<string, object?> { ["openCaseId"] = open.Id });
        }

        // The check above ran on what this request read. Opening such a case also bumps the customer's version
        // (a concurrency token): of two concurrent openings the second's UPDATE ... WHERE Version = read finds no row.
        if (lifecycle.OneOpenPerCustomer)
        {
            db.Entry(customer).Property(c => c.Version).IsModified = true;
        }

        var @case = lifecycle.Open(customer, actor, now, calendar);
        db.Cases.Add(@case);
        db.Journal.Add(Journal.CaseOpened(@case, actor, now));

        // The kind's default workflow starts with the case, in the same unit of work: both are saved, or neither.
        var workflow = await defaults.ToStartAsync(lifecycle.Kind, cancellationToken);
        var instance = workflow is null ? null : await runner.StartAsync(workflow, @case.Id, [], actor, null, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (lifecycle.OneOpenPerCustomer)
        {
            return Problems.Conflict(
                $"Für diese Kundin/diesen Kunden wurde gleichzeitig ein Fall der Art '{lifecycle.Kind}' eröffnet (concurrent opening). Bitte neu laden.",
                new Dictionary<string, object?> { ["kind"] = lifecycle.Kind });
        }

        var scene = new CaseScene(@case, customer, actor, now, calendar);
        return TypedResults.Created($"/api/cases/{@case.Id}", CaseView.Of(@case, lifecycle.AllowedActions(scene), CaseWords.Of(lifecycle, scene)) with
        {
            StartedInstance = instance is null ? null : new StartedInstance(instance.Id, instance.DefinitionKey, instance.DefinitionVersion),
            Customer = CustomerRef.Of(customer),
        });
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, CaseLoader loader, ReadAudit audit, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(id, http.User, cancellationToken);
        if (loaded.Problem is { } problem)
        {
            return problem;
        }

        await audit.RecordFileReadAsync(loaded, "GET /api/cases/{id}", cancellationToken);
        return TypedResults.Ok(loaded.View());
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Act(
        Guid id, string action, ActionRequest? request, HttpContext http, ActorResolver actors, CaseActions actions,
        CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var input = new ActionInput(request?.Reason, request?.Note, request?.Data);
        var result = await actions.PerformAsync(new CaseActionRequest(id, actor, action, input, request?.Version), cancellationToken);
        return result.ToHttp(actor);
    }

    private static async Task<Results<Ok<List<HistoryEntry>>, ProblemHttpResult>> History(
        Guid id, HttpContext http, CaseLoader loader, CaseFlowDbContext db, ReadAudit audit, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(id, http.User, cancellationToken);
        if (loaded.Problem is { } problem)
        {
            return problem;
        }

        if (!loaded.Access.Reads(CaseDataClass.Summary))
        {
            return Problems.Forbidden(NoHistory);
        }

        await audit.RecordFileReadAsync(loaded, "GET /api/cases/{id}/history", cancellationToken);
        var journal = await db.Journal.AsNoTracking()
            .Where(j => j.SubjectType == "case" && j.SubjectId == id)
            .OrderBy(j => j.At)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(journal.Select(entry => CaseHistory.Entry(loaded.Lifecycle!, entry, loaded.Access.ReadsFile)).ToList());
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Diagram(
        Guid id, HttpContext http, CaseLoader loader, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(id, http.User, cancellationToken);
        return loaded.Problem ?? (Results<ContentHttpResult, ProblemHttpResult>)TypedResults.Text(
            loaded.Lifecycle!.Diagram(loaded.Scene!.Case), "text/plain; charset=utf-8");
    }
}
