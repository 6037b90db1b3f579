namespace Portal.Web.Hosting;

/// <summary>Who publishes the portal: section <c>Portal:Site</c>, shown in the header and footer.</summary>
public sealed class SiteOptions
{
    public const string Section = "Portal:Site";

    public string Name { get; set; } = "Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu";
    public string Owner { get; set; } = "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu";
    public string Address { get; set; } = "Số 01 Phạm Văn Đồng, phường Phước Trung, TP. Bà Rịa, tỉnh Bà Rịa - Vũng Tàu";
    public string Phone { get; set; } = "0254 3852 000";
    public string Email { get; set; } = "banbientap@baria-vungtau.gov.vn";
    public string EditorInCharge { get; set; } = "Chánh Văn phòng UBND tỉnh";
}
