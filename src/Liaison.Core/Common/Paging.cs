using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Common;

/// <summary>A page of a list, one-based.</summary>
public sealed record PageRequest(
    [property: Range(1, int.MaxValue)] int Page = 1,
    [property: Range(1, PageRequest.MaxPageSize)] int PageSize = 50)
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// Rows before the page. Counted in 64 bits and held at <see cref="int.MaxValue"/>, more rows than any list has: a
    /// page past the end is empty however far past (page 10,737,420 of 200 wrapped round to a negative offset, page 1).
    /// </summary>
    public int Skip => (int)Math.Min((Page - 1L) * PageSize, int.MaxValue);
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken ct)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .ToListAsync(query.Skip(page.Skip).Take(page.PageSize), ct);
        return new Paged<T>(items, total, page.Page, page.PageSize);
    }
}
