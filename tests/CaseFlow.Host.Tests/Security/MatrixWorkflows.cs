namespace CaseFlow.Host.Tests.Security;

/// <summary>Small BPMN files the matrix seeds: one FM task on a bFM case, any number of instances per case.</summary>
public static class MatrixWorkflows
{
    /// <summary>Published twice (versions 1 and 2) and started for the task and instance routes.</summary>
    public const string TaskKey = "authz-task";

    /// <summary>Left as a draft for the draft route.</summary>
    public const string DraftKey = "authz-draft";

    /// <summary>A fresh draft before each publish request.</summary>
    public const string PublishKey = "authz-publish";

    /// <summary>Uploaded again and again by the upload route.</summary>
    public const string UploadKey = "authz-upload";

    public static string Xml(string key, string taskName = "Unterlagen prüfen") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="{key}" name="Matrixprobe" cf:caseKind="bfm" cf:instancesPerCase="many">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_One" name="{taskName}" cf:candidateRole="FM" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_One" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_One" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
