using System.Xml.Linq;
using CaseFlow.Workflows.Bpmn.Reading;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>
/// Reads a BPMN 2.0 file of the CaseFlow subset into a <see cref="WorkflowModel"/>, safely (at most
/// <see cref="MaxBytes"/>, no DTD, no external entities, nothing fetched) and with every problem found
/// (not only the first), each naming the element it concerns. Never throws for bad input.
/// </summary>
public static class BpmnReader
{
    /// <summary>The largest file accepted: 2 MB.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The namespace of the <c>cf:</c> extension attributes.</summary>
    public const string CaseFlowNamespace = "urn:caseflow:bpmn:1";

    /// <summary>The BPMN 2.0 model namespace.</summary>
    public const string BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static BpmnReadResult Read(string xml, BpmnReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new ProblemList();
        return Read(SafeXmlLoader.Load(xml, problems), options, problems);
    }

    /// <summary>Reads from a stream (at most <see cref="MaxBytes"/> are read; the stream stays open).</summary>
    public static BpmnReadResult Read(Stream xml, BpmnReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new ProblemList();
        return Read(SafeXmlLoader.Load(xml, problems), options, problems);
    }

    private static BpmnReadResult Read(XDocument? document, BpmnReaderOptions? options, ProblemList problems)
    {
        var process = document is null ? null : DocumentShape.FindProcess(document, problems);
        if (process is null)
        {
            return BpmnReadResult.Invalid(problems.All);
        }

        SupportedElementsCheck.Run(document!.Root!, problems);
        IdCheck.Run(document.Root!, problems);
        var model = ModelBuilder.Build(document.Root!, process, options ?? BpmnReaderOptions.Default, problems);
        return model is not null && !problems.Any ? BpmnReadResult.Valid(model) : BpmnReadResult.Invalid(problems.All);
    }
}
