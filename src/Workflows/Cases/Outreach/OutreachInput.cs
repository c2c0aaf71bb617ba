using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Reads the payloads of outreach actions whose fields depend on each other.</summary>
internal static class OutreachInput
{
    public static HandOverData HandOver(FormReader read)
    {
        var form = OutreachForms.Parse("data.form", read.RequiredChoice("form"));
        var talkHeld = read.RequiredBool("handoverTalkHeld");
        var adviser = read.OptionalString("adviser");
        if (form == OutreachForms.SingleTask && adviser is null)
        {
            throw new ActionInputException(
                "data.adviser", $"Für einen {OutreachForms.SingleTask} ist die beauftragte aB-pAp anzugeben (data.adviser: Benutzername).");
        }

        if (form == OutreachForms.FullHandover && adviser is not null)
        {
            throw new ActionInputException(
                "data.adviser",
                $"Mit dem {OutreachForms.FullHandover} geht der Fall an die Warteschlange, die aB-pAp übernimmt ihn dort selbst (take-over): data.adviser gibt es nur beim {OutreachForms.SingleTask}.");
        }

        return new HandOverData(form, talkHeld, adviser);
    }
}
