using System.Net;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// Fires two requests at the same moment (both wait at one gate, then send) and checks the answer every race
/// must give: exactly one success, one 409 ProblemDetails in German naming the conflict, never a 500.
/// </summary>
public static class Race
{
    /// <summary>How many times each race is run: a lost race shows up within a few rounds (1 in 10 before the fix).</summary>
    public const int Rounds = 20;

    public static async Task<HttpResponseMessage[]> TwoAtOnceAsync(Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> second)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var both = new[] { first, second }.Select(send => Task.Run(async () =>
        {
            await gate.Task;
            return await send();
        })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(both);
    }

    /// <summary>Asserts one <paramref name="success"/> and one 409 whose German detail contains <paramref name="conflictWord"/>; returns the winner.</summary>
    public static async Task<HttpResponseMessage> AssertOneWinsAsync(HttpResponseMessage[] answers, HttpStatusCode success, string conflictWord)
    {
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        var statuses = string.Join(", ", answers.Select((a, i) => $"{(int)a.StatusCode} {bodies[i]}"));
        Assert.True(answers.Count(a => a.StatusCode == success) == 1 && answers.Count(a => a.StatusCode == HttpStatusCode.Conflict) == 1, statuses);
        var loser = Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", answers[loser].Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(bodies[loser])!.AsObject();
        Assert.Equal("Konflikt (conflict)", problem["title"]!.GetValue<string>());
        Assert.Contains(conflictWord, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        return answers.Single(a => a.StatusCode == success);
    }
}
