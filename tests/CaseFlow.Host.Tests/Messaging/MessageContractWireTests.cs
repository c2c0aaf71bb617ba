using System.Text.Json;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using MassTransit;

namespace CaseFlow.Host.Tests.Messaging;

/// <summary>
/// What goes on the wire stays as it is (hosts of two versions share a broker during a rolling update): each contract's
/// MassTransit message type (its urn) and the JSON the outbox stores and the relay publishes.
/// </summary>
public sealed class MessageContractWireTests
{
    private static readonly Guid CaseId = Guid.Parse("0b7e1c9a-5f7e-4a55-9d2b-7c1f0e4b9a11");
    private static readonly Guid InstanceId = Guid.Parse("6f1d2c3b-4a59-4e8d-8c7b-2a1e0f9d8c22");

    public static TheoryData<string> TypedCorrelatedNames =>
        ["HandoverRequested", "HandoverConfirmed", "HandoverDeclined", "ProviderReportReceived", "BfmWaived"];

    [Fact]
    public void Every_contract_goes_on_the_bus_under_the_same_message_types_as_before()
    {
        const string Urn = "urn:message:CaseFlow.Host.Messaging.Contracts:";
        string[] correlated = ["BfmWaived", "HandoverConfirmed", "HandoverDeclined", "HandoverRequested", "ProviderReportReceived", "WorkflowMessage"];

        Assert.Equal(
            ["BfmWaived", "CaseTransitioned", "ContactDue", "FollowUpCreated", "HandoverConfirmed", "HandoverDeclined", "HandoverRequested",
             "ProviderReportReceived", "TaskAssigned", "TaskCompleted", "TimerDue", "WorkflowMessage"],
            MessageContracts.ByName.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(correlated, MessageContracts.Correlated.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var (name, type) in MessageContracts.ByName)
        {
            // The envelope's messageType list: the contract, then the interface it implements (not published to on its own).
            string[] expected = correlated.Contains(name) ? [Urn + name, Urn + nameof(ICorrelatedMessage)] : [Urn + name];
            Assert.Equal(expected, MessageTypeCache.GetMessageTypeNames(type));
        }
    }

    [Fact]
    public void The_consumers_take_the_typed_correlated_messages_the_named_workflow_message_and_due_timers()
    {
        Assert.Equal(
            ["BfmWaived", "HandoverConfirmed", "HandoverDeclined", "HandoverRequested", "ProviderReportReceived", "TimerDue", "WorkflowMessage"],
            Host.Messaging.MessagingSetup.ConsumedContracts.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TypedCorrelatedNames))]
    public void A_known_workflow_message_is_its_typed_contract_with_the_same_json_as_before(string name)
    {
        var message = MessageContracts.ForWorkflow(name, "key-1", CaseId, InstanceId, "Send_Handover");

        var json = JsonSerializer.Serialize(message, message.GetType(), OutboxWriter.Json);

        Assert.Equal((name, name), (message.GetType().Name, message.MessageName));
        Assert.Equal(
            """{"correlationKey":"key-1","caseId":"0b7e1c9a-5f7e-4a55-9d2b-7c1f0e4b9a11","instanceId":"6f1d2c3b-4a59-4e8d-8c7b-2a1e0f9d8c22","source":"Send_Handover"}""",
            json);
        Assert.Equal(message, JsonSerializer.Deserialize(json, MessageContracts.ByName[name], OutboxWriter.Json));
        Assert.Equal(
            """{"caseId":"0b7e1c9a-5f7e-4a55-9d2b-7c1f0e4b9a11","instanceId":"6f1d2c3b-4a59-4e8d-8c7b-2a1e0f9d8c22","source":"Send_Handover"}""",
            message.ToPayload().ToJsonString());
    }

    [Fact]
    public void Any_other_workflow_message_carries_its_name_with_the_same_json_as_before()
    {
        var message = MessageContracts.ForWorkflow("ConferenceDue", CaseId.ToString(), CaseId, null, null);

        var json = JsonSerializer.Serialize(message, message.GetType(), OutboxWriter.Json);

        Assert.Equal((nameof(WorkflowMessage), "ConferenceDue"), (message.GetType().Name, message.MessageName));
        Assert.Equal(
            """{"name":"ConferenceDue","correlationKey":"0b7e1c9a-5f7e-4a55-9d2b-7c1f0e4b9a11","caseId":"0b7e1c9a-5f7e-4a55-9d2b-7c1f0e4b9a11","instanceId":null,"source":null}""",
            json);
        Assert.Equal(message, JsonSerializer.Deserialize(json, typeof(WorkflowMessage), OutboxWriter.Json));
        Assert.Equal("""{"caseId":"0b7e1c9a-5f7e-4a55-9d2b-7c1f0e4b9a11"}""", message.ToPayload().ToJsonString());
    }
}
