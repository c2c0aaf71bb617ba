namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>The local names of the BPMN elements CaseFlow reads.</summary>
internal static class Tags
{
    public const string StartEvent = "startEvent";
    public const string EndEvent = "endEvent";
    public const string UserTask = "userTask";
    public const string ServiceTask = "serviceTask";
    public const string SendTask = "sendTask";
    public const string ReceiveTask = "receiveTask";
    public const string ExclusiveGateway = "exclusiveGateway";
    public const string ParallelGateway = "parallelGateway";
    public const string EventBasedGateway = "eventBasedGateway";
    public const string IntermediateCatchEvent = "intermediateCatchEvent";
    public const string BoundaryEvent = "boundaryEvent";
    public const string SequenceFlow = "sequenceFlow";
    public const string Lane = "lane";
    public const string Message = "message";
    public const string TimerEventDefinition = "timerEventDefinition";
    public const string MessageEventDefinition = "messageEventDefinition";
    public const string TerminateEventDefinition = "terminateEventDefinition";

    /// <summary>The flow node kinds CaseFlow runs.</summary>
    public static readonly IReadOnlySet<string> FlowNodes = new HashSet<string>(StringComparer.Ordinal)
    {
        StartEvent, EndEvent, UserTask, ServiceTask, SendTask, ReceiveTask,
        ExclusiveGateway, ParallelGateway, EventBasedGateway, IntermediateCatchEvent, BoundaryEvent,
    };
}
