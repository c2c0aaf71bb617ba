using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>Notices (Hinweise) that workflows sent to the signed-in person.</summary>
public static class NotificationsApi
{
    public sealed record NotificationView(Guid Id, string Text, Guid? CaseId, Guid? InstanceId, DateTime CreatedAt, DateTime? ReadAt);

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/notifications").WithTags("Notifications (Hinweise)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListNotifications")
            .WithSummary("My notices, unread first, newest first; paging with page/pageSize, total in X-Total-Count.");
        group.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Marks one of my notices as read.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<NotificationView>>, ProblemHttpResult>> List(
        HttpContext http, CaseFlowDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == http.User.Identity!.Name);
        Paging.SetTotal(http.Response, await mine.CountAsync(cancellationToken));
        var list = await mine
            .OrderBy(n => n.ReadAt != null)
            .ThenByDescending(n => n.CreatedAt)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(n => new NotificationView(n.Id, n.Text, n.CaseId, n.InstanceId, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(
        Guid id, HttpContext http, CaseFlowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.Recipient == http.User.Identity!.Name, cancellationToken);
        if (notification is null)
        {
            return Problems.NotFound($"Hinweis {id} nicht gefunden.");
        }

        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
