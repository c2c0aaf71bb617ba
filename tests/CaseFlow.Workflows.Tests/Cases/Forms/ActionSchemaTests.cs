using System.Text.Json.Nodes;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using static CaseFlow.Workflows.Tests.Cases.Forms.SchemaSamples;

namespace CaseFlow.Workflows.Tests.Cases.Forms;

/// <summary>The served input schema of every action and the way the action reads its input agree.</summary>
public sealed class ActionSchemaTests
{
    [Theory]
    [MemberData(nameof(Actions), MemberType = typeof(SchemaSamples))]
    public void An_input_filled_from_the_schema_alone_is_read_and_every_declared_field_is_read(string kind, string action)
    {
        var lifecycle = Lifecycle(kind);
        var form = lifecycle.FormOf(action);

        var bound = lifecycle.ReadInput(action, Input(Filled(form)));

        Assert.NotNull(bound.Payload);
        Assert.Equal(form.Fields.Select(f => f.Path).Order(StringComparer.Ordinal), bound.FieldsRead.Order(StringComparer.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(form.Label));
        Assert.All(form.Fields, field => Assert.False(string.IsNullOrWhiteSpace(field.Label)));
    }

    [Theory]
    [MemberData(nameof(Actions), MemberType = typeof(SchemaSamples))]
    public void Leaving_out_a_required_field_is_refused_naming_that_field_and_an_optional_one_is_not(string kind, string action)
    {
        var lifecycle = Lifecycle(kind);
        var form = lifecycle.FormOf(action);
        foreach (var field in form.Fields)
        {
            var values = Filled(form);
            values.Remove(field);
            if (field.Required)
            {
                var refused = Assert.Throws<ActionInputException>(() => lifecycle.ReadInput(action, Input(values)));
                Assert.Equal(field.Path, refused.Field);
            }
            else if (!(field.Name == "adviser" && form.Fields.Any(f => f.Name == "form")))
            {
                Assert.NotNull(lifecycle.ReadInput(action, Input(values)).Payload);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Actions), MemberType = typeof(SchemaSamples))]
    public void Every_offered_value_of_a_closed_choice_is_read_and_a_value_outside_them_is_refused(string kind, string action)
    {
        var lifecycle = Lifecycle(kind);
        var form = lifecycle.FormOf(action);
        foreach (var field in form.Fields.Where(f => f.Type is InputFieldType.Choice or InputFieldType.Choices))
        {
            foreach (var option in field.Options)
            {
                var values = Filled(form);
                values[field] = field.Type == InputFieldType.Choice ? option.Value : new JsonArray(option.Value);
                if (field.Name == "form" && option.Value == OutreachFormsFull)
                {
                    values.Remove(form.Fields.Single(f => f.Name == "adviser"));
                }

                Assert.NotNull(lifecycle.ReadInput(action, Input(values)).Payload);
            }

            var wrong = Filled(form);
            wrong[field] = field.Type == InputFieldType.Choice ? "kein-erlaubter-wert" : new JsonArray("kein-erlaubter-wert");
            var refused = Assert.Throws<ActionInputException>(() => lifecycle.ReadInput(action, Input(wrong)));
            Assert.Equal(field.Path, refused.Field);
        }
    }

    [Theory]
    [MemberData(nameof(Actions), MemberType = typeof(SchemaSamples))]
    public void A_text_longer_than_its_served_limit_is_refused_and_one_at_the_limit_is_read(string kind, string action)
    {
        var lifecycle = Lifecycle(kind);
        var form = lifecycle.FormOf(action);
        foreach (var field in form.Fields.Where(f => f.Type == InputFieldType.Text && f.Lookup is null && f.Name != "adviser"))
        {
            var atLimit = Filled(form);
            atLimit[field] = new string('a', field.MaxLength!.Value);
            Assert.NotNull(lifecycle.ReadInput(action, Input(atLimit)).Payload);

            var tooLong = Filled(form);
            tooLong[field] = new string('a', field.MaxLength.Value + 1);
            var refused = Assert.Throws<ActionInputException>(() => lifecycle.ReadInput(action, Input(tooLong)));
            Assert.Equal(field.Path, refused.Field);
        }
    }

    [Fact]
    public void The_history_describes_recorded_input_in_words_with_the_german_labels()
    {
        var form = Lifecycle("bfm").FormOf("agree-plan");

        var words = InputInWords.Describe(form, null, """{"planType":"Eingliederungsvereinbarung","goals":["Tagesstruktur","Schulden regeln"],"agreedWithCustomer":true,"nextReviewDue":"2027-03-01"}""");

        Assert.Equal(
            [
                new FieldValue("Art des Plans", "Eingliederungsvereinbarung (EV)"),
                new FieldValue("Ziele", "Tagesstruktur, Schulden regeln"),
                new FieldValue("Nächste Überprüfung fällig am", "01.03.2027"),
                new FieldValue("Mit der Kundin/dem Kunden gemeinsam vereinbart", "ja"),
            ],
            words);
    }

    private const string OutreachFormsFull = CaseFlow.Workflows.Cases.Outreach.OutreachForms.FullHandover;
}
