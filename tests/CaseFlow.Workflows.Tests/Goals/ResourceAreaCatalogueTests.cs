using CaseFlow.Workflows.Goals;

namespace CaseFlow.Workflows.Tests.Goals;

public sealed class ResourceAreaCatalogueTests
{
    [Fact]
    public void Without_configuration_the_nine_default_areas_apply()
    {
        Assert.Same(ResourceAreaCatalogue.Default, ResourceAreaCatalogue.Of([]));
        Assert.Equal(9, ResourceAreaCatalogue.Default.Areas.Count);
        Assert.Equal(9, ResourceAreaCatalogue.Default.Ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Mobilität", ResourceAreaCatalogue.Default.Find("mobility")?.Name);
        Assert.Null(ResourceAreaCatalogue.Default.Find("Mobility"));
    }

    [Fact]
    public void Configured_areas_replace_the_defaults_with_trimmed_names()
    {
        var catalogue = ResourceAreaCatalogue.Of([new("arbeit", " Arbeit "), new("housing", "Wohnen")]);

        Assert.Equal(["arbeit", "housing"], catalogue.Ids);
        Assert.Equal("Arbeit", catalogue.Find("arbeit")?.Name);
        Assert.Null(catalogue.Find("health"));
    }

    [Theory]
    [InlineData("Health", "Gesundheit")]
    [InlineData("health area", "Gesundheit")]
    [InlineData("health", " ")]
    public void A_configured_area_with_a_bad_id_or_no_name_stops_the_start(string id, string name)
    {
        Assert.Throws<InvalidOperationException>(() => ResourceAreaCatalogue.Of([new(id, name)]));
    }

    [Fact]
    public void An_id_configured_twice_stops_the_start()
    {
        Assert.Throws<InvalidOperationException>(() => ResourceAreaCatalogue.Of([new("health", "Gesundheit"), new("health", "Körper")]));
    }
}
