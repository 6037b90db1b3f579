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

    // The English ones until an administrator saves them in the newsroom (/admin/site); empty shows the Vietnamese.
    public string NameEn { get; set; } = "Ba Ria - Vung Tau Provincial Web Portal";
    public string OwnerEn { get; set; } = "People's Committee of Ba Ria - Vung Tau Province";
    public string AddressEn { get; set; } = "01 Pham Van Dong Street, Phuoc Trung Ward, Ba Ria City, Ba Ria - Vung Tau Province";
    public string EditorInChargeEn { get; set; } = "Chief of Office of the Provincial People's Committee";
}
