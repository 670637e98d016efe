// class: hardcoded-secret — database connection URLs with passwords in a Go storage layer
package storage

import (
	"context"
	"database/sql"
	"os"

	"github.com/go-redis/redis/v8"
	_ "github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// expect: hardcoded-secret
const primaryDSN = "postgres://orders_app:{{token:Qm7vT2x|R9pLw4Kz8}}@orders-db.internal.acme.io:5432/orders?sslmode=require"

// safe: hardcoded-secret
const localDSN = "postgres://localhost:5432/orders_dev?sslmode=disable"

// expect: hardcoded-secret
const reportingDSN = "reporter:W3kP9zQ1tV7nB5xL@tcp(reports-mysql.internal:3306)/reports?parseTime=true"

func OpenPool(ctx context.Context) (*pgxpool.Pool, error) {
	// safe: hardcoded-secret
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = localDSN
	}
	return pgxpool.New(ctx, dsn)
}

func OpenReports() (*sql.DB, error) {
	return sql.Open("mysql", reportingDSN)
}

func OpenMongo(ctx context.Context) (*mongo.Client, error) {
	// expect: hardcoded-secret
	uri := "mongodb+srv://catalog:{{token:Hx4nR8c|V2bZ6mQ1w}}@cluster0.b7kqz.mongodb.net/catalog?retryWrites=true&w=majority"
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}

func OpenDevMongo(ctx context.Context) (*mongo.Client, error) {
	// safe: hardcoded-secret
	uri := "mongodb://root:password@localhost:27017"
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}

func Cache() *redis.Client {
	// expect: hardcoded-secret
	opt, _ := redis.ParseURL("rediss://default:{{token:Zt5yG8h|J3kL6pN9q}}@cache-prod.acme.io:6380/0")
	return redis.NewClient(opt)
}

func CacheFromEnv() *redis.Client {
	// safe: hardcoded-secret
	opt, _ := redis.ParseURL("redis://:" + os.Getenv("REDIS_PASSWORD") + "@cache.internal:6379/0")
	return redis.NewClient(opt)
}

// expect: hardcoded-secret
var amqpURL = "amqps://billing:{{token:Ns6wE1r|T4yU7iO0p}}@rabbit.internal.acme.io:5671/billing"

// safe: hardcoded-secret
var amqpTemplate = "amqps://billing:${RABBITMQ_PASSWORD}@rabbit.internal.acme.io:5671/billing"
