namespace CaseFlow.Host.Tests.Workflows;

/// <summary>A workflow of one user task for the default-workflow and duplicate-start tests, uploaded and published by the process owner.</summary>
public static class OneTaskWorkflow
{
    public static string Xml(string key, string kind, string? instancesPerCase = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="{key}" name="Eine Aufgabe" cf:caseKind="{kind}"{(instancesPerCase is null ? "" : $" cf:instancesPerCase=\"{instancesPerCase}\"")}>
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_One" name="Erledigen" cf:candidateRole="IFK" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_One" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_One" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Uploads the file as a draft and, unless <paramref name="publish"/> is false, publishes it.</summary>
    public static async Task PublishAsync(HttpClient owner, string key, string kind, string? instancesPerCase = null, bool publish = true)
    {
        var upload = await TestWorkflows.UploadAsync(owner, Xml(key, kind, instancesPerCase));
        Assert.True(upload.IsSuccessStatusCode, $"upload {key}: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
        if (publish)
        {
            var published = await owner.PostAsync($"/api/workflows/{key}/publish", null);
            Assert.True(published.IsSuccessStatusCode, $"publish {key}: {(int)published.StatusCode}");
        }
    }
}
