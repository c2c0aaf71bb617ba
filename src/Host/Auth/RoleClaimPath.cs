using System.Text.Json;

namespace CaseFlow.Host.Auth;

/// <summary>
/// <c>Auth:Oidc:RoleClaimPath</c>: where the roles are in the token's JSON when they are nested, as Keycloak sends them:
/// <c>realm_access.roles</c> or <c>resource_access.caseflow-web.roles</c>. Names are separated by dots; a name that
/// itself contains a dot is written in square brackets: <c>resource_access[caseflow.web].roles</c>. The value at the
/// path is a list of strings (or one string); anything else, or a missing name on the way, gives no roles.
/// </summary>
public sealed class RoleClaimPath
{
    private RoleClaimPath(IReadOnlyList<string> names) => Names = names;

    /// <summary>The names from the token's top level down to the roles.</summary>
    public IReadOnlyList<string> Names { get; }

    public static RoleClaimPath Parse(string path)
    {
        var names = new List<string>();
        var position = 0;
        while (position < path.Length)
        {
            string name;
            if (path[position] == '[')
            {
                var end = path.IndexOf(']', position + 1);
                if (end < 0)
                {
                    throw Invalid(path, "a '[' is not closed");
                }

                name = path[(position + 1)..end];
                position = end + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], position);
                end = end < 0 ? path.Length : end;
                name = path[position..end];
                position = end;
            }

            if (name.Length == 0)
            {
                throw Invalid(path, "a name is empty");
            }

            names.Add(name);
            if (position < path.Length && path[position] == '.')
            {
                position++;
                if (position == path.Length)
                {
                    throw Invalid(path, "it ends with a dot");
                }
            }
            else if (position < path.Length && path[position] != '[')
            {
                throw Invalid(path, "a ']' must be followed by '.', '[' or the end");
            }
        }

        return names.Count > 0 ? new RoleClaimPath(names) : throw Invalid(path, "it is empty");
    }

    /// <summary>The roles at this path in a token payload (a JSON object); none when the path is missing or ill-typed.</summary>
    public IReadOnlyList<string> RolesIn(JsonElement payload)
    {
        var current = payload;
        foreach (var name in Names)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return [];
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => [current.GetString()!],
            JsonValueKind.Array => [.. current.EnumerateArray().Where(role => role.ValueKind == JsonValueKind.String).Select(role => role.GetString()!)],
            _ => [],
        };
    }

    private static InvalidOperationException Invalid(string path, string why) =>
        new($"Auth:Oidc:RoleClaimPath '{path}' is not a valid path ({why}); write e.g. realm_access.roles or resource_access[my.client].roles.");
}
