using System.Net.Sockets;
using System.Text;

namespace Portal.Tests.Integration.BadInput;

/// <summary>
/// HTTP/1.1 written byte for byte on a socket, so that a request can carry what no HTTP client would send
/// (raw invalid UTF-8, a 100 KB request line, broken percent-encoding), and Kestrel's own checks meet it.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
    }

    /// <summary>Sends the head (request line and headers, without the blank line) and body; reads the answer to the end.</summary>
    public static async Task<Answer> SendAsync(int port, byte[] head, byte[] body)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await stream.WriteAsync(head.Concat("\r\n\r\n"u8.ToArray()).Concat(body).ToArray(), timeout.Token);
        }
        catch (IOException)
        {
            // Kestrel may answer and close before an oversized request is all written; its answer is still there to read.
        }
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the answer: what arrived is kept.
        }
        return Parse(received.ToArray());
    }

    private static Answer Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"No HTTP answer came back ({bytes.Length} bytes).");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = text[(end + 4)..];
        if (headers.GetValueOrDefault("transfer-encoding") == "chunked")
        {
            body = Unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    // Chunk sizes count bytes; the pages are UTF-8, so the body is cut as bytes and decoded once.
    private static string Unchunk(string chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(chunked);
        using var body = new MemoryStream();
        var at = 0;
        while (at < bytes.Length)
        {
            var lineEnd = Array.IndexOf(bytes, (byte)'\n', at);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(bytes, at, lineEnd - at).Trim().Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }
            body.Write(bytes, lineEnd + 1, size);
            at = lineEnd + 1 + size + 2;
        }
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
