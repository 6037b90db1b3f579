using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Search;

namespace Portal.Web.Importing;

/// <summary>
/// Inserts new articles and their search documents without change tracking, through prepared commands whose
/// names and value conversions come from the EF model, so a row is stored exactly as EF would store it.
/// Articles go one by one (<c>INSERT ... RETURNING</c>: SQLite, PostgreSQL); their documents wait for
/// <see cref="FlushDocumentsAsync"/> and go in many rows a statement, because SQLite's FTS5 writes its pending
/// index out at every statement: one document a statement would write the index in thousands of small pieces
/// and merge them again and again (twice the time of the whole generation, measured).
/// </summary>
internal sealed class ArticleBulkInserter(PortalDbContext db) : IDisposable
{
    private const int DocumentsPerStatement = 200;

    private readonly RowInsert _articles = new(db, typeof(Article));
    private readonly RowInsert _documents = new(db, typeof(SearchDocument));
    private readonly List<SearchDocument> _pendingDocuments = [];

    public async Task InsertAsync(Article article, string bodyText, DbTransaction transaction, CancellationToken cancellationToken)
    {
        article.Id = Convert.ToInt32(await _articles.ExecuteAsync([article], transaction, cancellationToken), CultureInfo.InvariantCulture);
        var text = ArticleSearchSource.Document(article, bodyText);
        _pendingDocuments.Add(new SearchDocument { Id = SearchDocument.IdOf(ArticleSearchSource.KindNumber, article.Id), Kind = ArticleSearchSource.Name, ItemId = article.Id, Title = text.Title, Body = text.Body });
    }

    /// <summary>Writes the documents of the articles inserted so far; call it before the transaction commits.</summary>
    public async Task FlushDocumentsAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var chunk in _pendingDocuments.Chunk(DocumentsPerStatement))
        {
            await _documents.ExecuteAsync(chunk, transaction, cancellationToken);
        }
        _pendingDocuments.Clear();
    }

    public void Dispose()
    {
        _articles.Dispose();
        _documents.Dispose();
    }

    /// <summary>Prepared <c>INSERT</c> commands of one table, one per number of rows a statement.</summary>
    private sealed class RowInsert : IDisposable
    {
        private readonly DbConnection _connection;
        private readonly string _insertInto;
        private readonly string _returning;
        private readonly IProperty[] _columns;
        private readonly Dictionary<int, DbCommand> _commands = [];

        public RowInsert(PortalDbContext db, Type entityType)
        {
            var entity = db.Model.FindEntityType(entityType)!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var key = entity.FindPrimaryKey()!.Properties.Single();
            var generatedKey = key.ValueGenerated == ValueGenerated.OnAdd ? key : null;
            // Every mapped property but a key the database makes, which comes back instead.
            _columns = entity.GetProperties().Where(p => p != generatedKey).ToArray();
            _connection = db.Database.GetDbConnection();
            _insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
            _returning = generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}";
        }

        public Task<object?> ExecuteAsync(object[] rows, DbTransaction transaction, CancellationToken cancellationToken)
        {
            if (!_commands.TryGetValue(rows.Length, out var command))
            {
                command = _connection.CreateCommand();
                var values = Enumerable.Range(0, rows.Length)
                    .Select(r => $"({string.Join(", ", _columns.Select((_, c) => $"@p{(r * _columns.Length) + c}"))})");
                command.CommandText = _insertInto + string.Join(", ", values) + _returning;
                _commands[rows.Length] = command;
            }
            command.Transaction = transaction;
            command.Parameters.Clear();
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < _columns.Length; c++)
                {
                    var column = _columns[c];
                    command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(
                        command, $"@p{(r * _columns.Length) + c}", column.GetGetter().GetClrValue(rows[r]), column.IsNullable));
                }
            }
            return command.ExecuteScalarAsync(cancellationToken);
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
        }
    }
}
