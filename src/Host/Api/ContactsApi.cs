using CaseFlow.Host.Auth;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Api;

/// <summary>A customer's contacts (Kundenkontakte, seed 004) and missed appointments (versäumte Termine): record and list.</summary>
public static class ContactsApi
{
    public const string Tag = "Contacts (Kundenkontakte)";

    public sealed record ContactRequest(
        [TextLimit(TextLimits.Code)] string? NoteType = null,
        [TextLimit(TextLimits.Code)] string? Channel = null,
        DateTimeOffset? OccurredAt = null,
        [TextLimit(TextLimits.Note)] string? Note = null);

    public sealed record MissedAppointmentRequest(DateTimeOffset? ScheduledFor = null, [TextLimit(TextLimits.Note)] string? Note = null);

    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers/{id:guid}").WithTags(Tag).RequireAuthorization();
        group.MapPost("/contacts", Record).WithName("RecordContact").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Records a contact (noteType, channel, occurredAt, note); counts is decided by the counting rule (Rules:Contacts) in force on its date. An attended contact on a reaching channel ends a row of missed appointments.");
        group.MapGet("/contacts", List).WithName("ListContacts")
            .WithSummary("The customer's contacts and missed appointments, newest first; page/pageSize, total in X-Total-Count.");
        group.MapPost("/missed-appointments", RecordMissed).WithName("RecordMissedAppointment").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Records a missed appointment (scheduledFor, note); three in a row mark the customer not reachable, and under-25s get a follow-up for the responsible IFK.");
        return endpoints;
    }

    private static async Task<Results<Created<ContactView>, ProblemHttpResult>> Record(
        Guid id, ContactRequest request, HttpContext http, ActorResolver actors, ContactBook book, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ContactValues.Parse<NoteType>(request.NoteType) is not { } noteType)
        {
            return Unknown("noteType", "Vermerktyp", request.NoteType, ContactValues.All<NoteType>());
        }

        if (ContactValues.Parse<ContactChannel>(request.Channel) is not { } channel)
        {
            return Unknown("channel", "Kontaktart", request.Channel, ContactValues.All<ContactChannel>());
        }

        if (DateProblem("occurredAt", request.OccurredAt, clock) is { } dateProblem)
        {
            return dateProblem;
        }

        if (ContactTexts.ProblemOf(request.Note) is { } noteProblem)
        {
            return Problems.Invalid("note", noteProblem);
        }

        var entry = new ContactEntry(ContactOutcome.Attended, noteType, channel, request.OccurredAt!.Value.UtcDateTime, ContactTexts.Clean(request.Note));
        return await RecordAsync(id, entry, http, actors, book, cancellationToken);
    }

    private static async Task<Results<Created<ContactView>, ProblemHttpResult>> RecordMissed(
        Guid id, MissedAppointmentRequest request, HttpContext http, ActorResolver actors, ContactBook book, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DateProblem("scheduledFor", request.ScheduledFor, clock) is { } dateProblem)
        {
            return dateProblem;
        }

        if (ContactTexts.ProblemOf(request.Note) is { } noteProblem)
        {
            return Problems.Invalid("note", noteProblem);
        }

        var entry = new ContactEntry(ContactOutcome.Missed, null, null, request.ScheduledFor!.Value.UtcDateTime, ContactTexts.Clean(request.Note));
        return await RecordAsync(id, entry, http, actors, book, cancellationToken);
    }

    private static async Task<Results<Ok<List<ContactView>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, ActorResolver actors, ContactBook book, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (items, total, refusal) = await book.ListAsync(id, actor, page, pageSize, cancellationToken);
        if (refusal is not null)
        {
            return Problems.For(refusal);
        }

        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(items.Select(ContactView.Of).ToList());
    }

    private static async Task<Results<Created<ContactView>, ProblemHttpResult>> RecordAsync(
        Guid id, ContactEntry entry, HttpContext http, ActorResolver actors, ContactBook book, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (contact, refusal) = await book.RecordAsync(id, entry, actor, cancellationToken);
        return refusal is not null
            ? Problems.For(refusal)
            : TypedResults.Created($"/api/customers/{id}/contacts/{contact!.Id}", ContactView.Of(contact));
    }

    private static ProblemHttpResult? DateProblem(string field, DateTimeOffset? value, TimeProvider clock) => value switch
    {
        null => Problems.Invalid(field, $"Das Datum ({field}) fehlt."),
        { } at when at > clock.GetUtcNow() => Problems.Invalid(field, $"Das Datum ({field}) liegt in der Zukunft; erfasst wird, was stattgefunden hat."),
        { } at when at.Year < 2000 => Problems.Invalid(field, $"Das Datum ({field}) liegt vor dem Jahr 2000."),
        _ => null,
    };

    private static ProblemHttpResult Unknown(string field, string german, string? sent, IReadOnlyList<string> allowed)
    {
        var detail = string.IsNullOrWhiteSpace(sent)
            ? $"Der {german} ({field}) fehlt. Erlaubt: {string.Join(", ", allowed)}."
            : $"Unbekannter {german} ({field}) „{Shortened(sent.Trim())}“. Erlaubt: {string.Join(", ", allowed)}.";
        var problem = Problems.Invalid(field, detail);
        problem.ProblemDetails.Extensions["allowed"] = allowed;
        return problem;
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
