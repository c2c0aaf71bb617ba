using System.Net;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>Recording and listing contacts (seed 004): counts by the rule on the contact's date, journal, paging, bad input.</summary>
public sealed class ContactsApiTests : AppTest
{
    [Fact]
    public async Task The_responsible_ifk_records_a_contact_that_counts_and_it_is_journaled_on_the_customer()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var at = app.Clock.GetUtcNow().AddHours(-2);

        var response = await RecordAsync(ifk, customerId, at, "sbVorgang", "phone", "  Rückruf wegen Bewerbung.  ");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var contact = await ReadAsync(response);
        Assert.Equal($"/api/customers/{customerId}/contacts/{contact["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("sbVorgang", contact["noteType"]!.GetValue<string>());
        Assert.Equal("SB-Vorgang", contact["noteTypeLabel"]!.GetValue<string>());
        Assert.Equal("phone", contact["channel"]!.GetValue<string>());
        Assert.Equal("attended", contact["outcome"]!.GetValue<string>());
        Assert.True(contact["counts"]!.GetValue<bool>());
        Assert.Equal("Rückruf wegen Bewerbung.", contact["note"]!.GetValue<string>());
        Assert.Equal("ifk.meyer", contact["recordedBy"]!.GetValue<string>());
        Assert.Equal(["create", "contact"], await CustomerJournalAsync(app, customerId));
    }

    [Fact]
    public async Task A_general_note_by_letter_is_recorded_but_does_not_count()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        var contact = await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddDays(-1), "allgemeinerVermerk", "letter");

        Assert.False(contact["counts"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_rule_in_force_on_the_contacts_date_decides_whether_it_counts()
    {
        app.Settings["Rules:Contacts:0:EffectiveFrom"] = "2026-11-01";
        app.Settings["Rules:Contacts:0:CountingWhenPersonalOrPhone:0"] = "SbVorgang";
        app.Settings["Rules:Contacts:0:PersonalOrPhoneChannels:0"] = "Personal";
        app.Settings["Rules:Contacts:1:EffectiveFrom"] = "0001-01-01";
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        var before = await RecordOkAsync(ifk, customerId, new DateTimeOffset(2026, 10, 30, 10, 0, 0, TimeSpan.Zero), "sbVorgang", "phone");
        var after = await RecordOkAsync(ifk, customerId, new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), "sbVorgang", "phone");

        Assert.True(before["counts"]!.GetValue<bool>());
        Assert.False(after["counts"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_list_is_newest_first_and_paged_with_the_total_in_the_header()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var now = app.Clock.GetUtcNow();
        foreach (var days in new[] { 3, 1, 5, 2, 4 })
        {
            await RecordOkAsync(ifk, customerId, now.AddDays(-days));
        }

        var (first, total) = await ListAsync(ifk, customerId, "?page=1&pageSize=2");
        var (third, _) = await ListAsync(ifk, customerId, "?page=3&pageSize=2");

        Assert.Equal(5, total);
        Assert.Equal([now.AddDays(-1).UtcDateTime, now.AddDays(-2).UtcDateTime], first.Select(c => c!["occurredAt"]!.GetValue<DateTime>().ToUniversalTime()));
        Assert.Equal(now.AddDays(-5).UtcDateTime, Assert.Single(third)!["occurredAt"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Theory]
    [InlineData("""{"noteType":"telefonat","channel":"personal","occurredAt":"2026-11-01T10:00:00Z"}""", "noteType", "beratungsvermerk, vbVermerk")]
    [InlineData("""{"channel":"personal","occurredAt":"2026-11-01T10:00:00Z"}""", "noteType", "allgemeinerVermerk")]
    [InlineData("""{"noteType":"beratungsvermerk","channel":"fax","occurredAt":"2026-11-01T10:00:00Z"}""", "channel", "personal, phone, video, letter, email, groupSession")]
    [InlineData("""{"noteType":"beratungsvermerk","channel":"1","occurredAt":"2026-11-01T10:00:00Z"}""", "channel", "groupSession")]
    [InlineData("""{"noteType":"beratungsvermerk","channel":"personal","occurredAt":"2026-11-03T10:00:00Z"}""", "occurredAt", "Zukunft")]
    [InlineData("""{"noteType":"beratungsvermerk","channel":"personal"}""", "occurredAt", "fehlt")]
    [InlineData("""{"noteType":"beratungsvermerk","channel":"personal","occurredAt":"2026-11-01T10:00:00Z","note":"\u200B \u00AD"}""", "note", "unsichtbare")]
    [InlineData("""{"noteType":"beratungsvermerk","channel":"personal","occurredAt":"2026-11-01T10:00:00Z","note":"a\u202Eb"}""", "note", "Steuerzeichen")]
    public async Task Bad_input_answers_400_naming_the_field_and_saves_nothing(string json, string field, string detailPart)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var saved = await SavedAsync(app);

        var response = await ifk.PostAsync($"/api/customers/{customerId}/contacts", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Contains(detailPart, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(saved, await SavedAsync(app));
    }

    [Fact]
    public async Task An_unknown_note_type_lists_the_allowed_values_in_the_problem()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        var problem = await ReadAsync(await RecordAsync(ifk, customerId, app.Clock.GetUtcNow(), noteType: "Telefonat"));

        Assert.Equal(10, problem["allowed"]!.AsArray().Count);
        Assert.Equal("Ungültige Eingabe (bad request)", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_note_over_four_thousand_characters_is_refused_and_nothing_is_saved()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var saved = await SavedAsync(app);

        var response = await RecordAsync(ifk, customerId, app.Clock.GetUtcNow(), note: new string('x', 4001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("note", (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal(saved, await SavedAsync(app));
    }

    [Fact]
    public async Task A_missed_appointment_in_the_future_is_refused_and_nothing_is_saved()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var saved = await SavedAsync(app);

        var response = await MissedAsync(ifk, customerId, app.Clock.GetUtcNow().AddMinutes(5));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("scheduledFor", (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal(saved, await SavedAsync(app));
    }

    [Fact]
    public async Task A_page_size_over_the_limit_is_400()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        Assert.Equal(HttpStatusCode.BadRequest, (await ifk.GetAsync($"/api/customers/{customerId}/contacts?pageSize=201")).StatusCode);
    }
}
