using System.Text.Json;
using CaseFlow.Host.Auth;

namespace CaseFlow.Host.Tests.Auth;

/// <summary>Auth:Oidc:RoleClaimPath: how a path is written and which roles it finds in a token payload.</summary>
public sealed class RoleClaimPathTests
{
    private const string KeycloakPayload = """
        {
          "preferred_username": "ifk.oidc",
          "realm_access": { "roles": ["IFK", "offline_access"] },
          "resource_access": {
            "caseflow-web": { "roles": ["ProcessOwner"] },
            "caseflow.web": { "roles": ["FM"] },
            "account": { "roles": ["manage-account"] }
          },
          "roles": ["ABPAP"],
          "single": { "role": "FMSupervisor" }
        }
        """;

    [Theory]
    [InlineData("roles", new[] { "roles" })]
    [InlineData("realm_access.roles", new[] { "realm_access", "roles" })]
    [InlineData("resource_access.caseflow-web.roles", new[] { "resource_access", "caseflow-web", "roles" })]
    [InlineData("resource_access[caseflow.web].roles", new[] { "resource_access", "caseflow.web", "roles" })]
    [InlineData("[https://caseflow.example/roles]", new[] { "https://caseflow.example/roles" })]
    [InlineData("a[b.c][d]", new[] { "a", "b.c", "d" })]
    public void A_path_is_names_between_dots_and_a_name_with_dots_stands_in_brackets(string path, string[] names)
    {
        Assert.Equal(names, RoleClaimPath.Parse(path).Names);
    }

    [Theory]
    [InlineData("")]
    [InlineData("realm_access.")]
    [InlineData(".roles")]
    [InlineData("realm_access..roles")]
    [InlineData("resource_access[caseflow.web.roles")]
    [InlineData("resource_access[caseflow.web]roles")]
    [InlineData("resource_access[].roles")]
    public void An_ill_formed_path_is_refused_with_the_setting_named(string path)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => RoleClaimPath.Parse(path));

        Assert.Contains("Auth:Oidc:RoleClaimPath", refused.Message);
    }

    [Theory]
    [InlineData("realm_access.roles", new[] { "IFK", "offline_access" })]
    [InlineData("resource_access.caseflow-web.roles", new[] { "ProcessOwner" })]
    [InlineData("resource_access[caseflow.web].roles", new[] { "FM" })]
    [InlineData("roles", new[] { "ABPAP" })]
    [InlineData("single.role", new[] { "FMSupervisor" })]
    public void The_roles_are_the_strings_at_the_path(string path, string[] roles)
    {
        using var payload = JsonDocument.Parse(KeycloakPayload);

        Assert.Equal(roles, RoleClaimPath.Parse(path).RolesIn(payload.RootElement));
    }

    [Theory]
    [InlineData("realm_access.groups")]
    [InlineData("resource_access.other-client.roles")]
    [InlineData("resource_access.caseflow.web.roles")]
    [InlineData("preferred_username.roles")]
    [InlineData("realm_access")]
    [InlineData("resource_access.caseflow-web")]
    public void A_missing_or_ill_typed_path_gives_no_roles(string path)
    {
        using var payload = JsonDocument.Parse(KeycloakPayload);

        Assert.Empty(RoleClaimPath.Parse(path).RolesIn(payload.RootElement));
    }

    [Fact]
    public void Entries_of_a_role_list_that_are_not_strings_are_not_roles()
    {
        using var payload = JsonDocument.Parse("""{ "realm_access": { "roles": ["IFK", 42, { "name": "FM" }, null] } }""");

        Assert.Equal(["IFK"], RoleClaimPath.Parse("realm_access.roles").RolesIn(payload.RootElement));
    }
}
