using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Http;

/// <summary>The paging of every list: <c>page</c> from 1, <c>pageSize</c> up to <see cref="MaxPageSize"/>, the total in <c>X-Total-Count</c>.</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>
    /// The last page a list serves: (page - 1) × pageSize stays far below int.MaxValue (at most 1,999,800 rows skipped),
    /// so the offset never overflows into page 1.
    /// </summary>
    public const int MaxPage = 10_000;

    /// <summary>The 400 for a page or page size out of range (naming the field and the limit), else null.</summary>
    public static ProblemHttpResult? Problem(int page, int pageSize) =>
        page is < 1 or > MaxPage
            ? Problems.Invalid("page", $"page muss zwischen 1 und {MaxPage} liegen (page out of range).")
            : pageSize is < 1 or > MaxPageSize
                ? Problems.Invalid("pageSize", $"pageSize muss zwischen 1 und {MaxPageSize} liegen (page size out of range).")
                : null;

    /// <summary>Set when a list counts only up to a limit: <c>X-Total-Count</c> is then that limit, and there are more.</summary>
    public const string TotalLimitedHeader = "X-Total-Count-Limited";

    public static void SetTotal(HttpResponse response, int total) =>
        response.Headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);

    /// <summary>The total of a list counted up to a limit; <paramref name="limited"/> says there are more than <paramref name="total"/>.</summary>
    public static void SetTotal(HttpResponse response, int total, bool limited)
    {
        SetTotal(response, total);
        if (limited)
        {
            response.Headers[TotalLimitedHeader] = "true";
        }
    }
}
