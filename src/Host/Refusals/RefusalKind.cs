namespace CaseFlow.Host.Refusals;

/// <summary>The kinds of <see cref="Refusal"/>; the HTTP layer answers each with its status (404, 403, 409, 400, 415, 413).</summary>
public enum RefusalKind
{
    /// <summary>It does not exist, or the asker may not know that it does.</summary>
    NotFound,

    /// <summary>The asker may not do or see this.</summary>
    Forbidden,

    /// <summary>It cannot be done in its current state (e.g. already done).</summary>
    Conflict,

    /// <summary>An input field is missing or wrong (<see cref="Refusal.Field"/> names it).</summary>
    Invalid,

    /// <summary>The input came in a format that is not accepted (e.g. a BPMN file not sent as XML).</summary>
    UnsupportedMediaType,

    /// <summary>An uploaded file is larger than allowed.</summary>
    FileTooLarge,
}
