// class: sqli — AWS Lambda API Gateway events (medium) and a whole query passed as a parameter (origin not traced)
package reports

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
)

type Service struct{ DB *sql.DB }

func (s *Service) Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	account := req.QueryStringParameters["account"]
	// expect: sqli
	row := s.DB.QueryRowContext(ctx, "SELECT balance FROM accounts WHERE number = '"+account+"'")
	var balance int64
	if err := row.Scan(&balance); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 404}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: fmt.Sprint(balance)}, nil
}

func (s *Service) HandlePath(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	region := req.PathParameters["region"]
	// safe: sqli
	rows, err := s.DB.QueryContext(ctx, "SELECT id FROM branches WHERE region = $1", region)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	rows.Close()
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

// RunReport executes a saved report query.
func (s *Service) RunReport(ctx context.Context, query string) (*sql.Rows, error) {
	// policy: origin-not-traced
	// expect: sqli
	return s.DB.QueryContext(ctx, query)
}

func (s *Service) CountRows(ctx context.Context, table string) (int, error) {
	var n int
	// expect: sqli
	err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n)
	return n, err
}

const monthlyTotals = "SELECT month, sum(amount) FROM payments GROUP BY month"

func (s *Service) Monthly(ctx context.Context) (*sql.Rows, error) {
	// safe: sqli
	return s.DB.QueryContext(ctx, monthlyTotals)
}
